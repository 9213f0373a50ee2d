using System.Runtime.ExceptionServices;

namespace PolicyKB.Query;

/// <summary>Maps items on worker threads and hands the results to one consumer in input order, with at
/// most a window of results made ahead of the consumer: the index build reads, extracts and segments
/// plans on every core while a single thread writes them to SQLite.</summary>
/// <remarks>
/// The window is what keeps both cores useful and memory flat. When the writer falls behind, the
/// workers stop at the window's edge, so the writer has a core of its own instead of sharing two with
/// both workers (PLINQ's merge has no such bound: it ran ahead, and the writer got two thirds of a core).
/// When the writer waits, every worker runs. An exception thrown while mapping an item surfaces, as
/// itself, when the consumer reaches that item, so the first bad file in input order is the one reported.
/// Workers are threads of their own, not the thread pool's (whose growth is slow to start and which
/// others may be using). Leaving the enumeration early (an exception in the consumer) stops them.
/// </remarks>
internal static class OrderedPipeline
{
    public static IEnumerable<TResult> Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map,
        int? workers = null, int? window = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var threads = Math.Clamp(workers ?? Environment.ProcessorCount, 1, Math.Max(1, items.Count));
        var state = new State<TSource, TResult>(items, map, window ?? threads * 4);
        return state.Results(threads);
    }

    private sealed class State<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int window)
    {
        private readonly TResult[] _results = new TResult[items.Count];
        private readonly ExceptionDispatchInfo?[] _errors = new ExceptionDispatchInfo?[items.Count];
        private readonly bool[] _ready = new bool[items.Count];
        private readonly SemaphoreSlim _room = new(window);
        private readonly object _gate = new();
        private int _next = -1;
        private volatile bool _stopped;

        public IEnumerable<TResult> Results(int threads)
        {
            var workers = Enumerable.Range(0, threads).Select(i => new Thread(Work)
            {
                IsBackground = true,
                Name = $"PolicyKB pipeline {i + 1}",
            }).ToList();
            workers.ForEach(w => w.Start());
            try
            {
                for (var i = 0; i < items.Count; i++)
                {
                    lock (_gate)
                        while (!_ready[i])
                            Monitor.Wait(_gate);
                    _errors[i]?.Throw();
                    var result = _results[i];
                    _results[i] = default!;   // the consumer holds it now; the window moves on
                    _room.Release();
                    yield return result;
                }
            }
            finally
            {
                _stopped = true;
                _room.Release(threads);   // wake workers waiting for room, so they see the stop
                foreach (var worker in workers)
                    worker.Join();
                _room.Dispose();
            }
        }

        private void Work()
        {
            while (true)
            {
                _room.Wait();
                if (_stopped)
                    return;
                var i = Interlocked.Increment(ref _next);
                if (i >= items.Count)
                    return;
                try
                {
                    _results[i] = map(items[i]);
                }
                catch (Exception e)
                {
                    _errors[i] = ExceptionDispatchInfo.Capture(e);
                    _stopped = true;   // nothing after a bad item is written; stop making more
                }
                lock (_gate)
                {
                    _ready[i] = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
