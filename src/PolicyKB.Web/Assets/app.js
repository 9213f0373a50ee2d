// PolicyKB: the little script the pages need. Pages work without it; it only adds conveniences.
document.addEventListener("DOMContentLoaded", () => {
  // Facet selects submit their form at once.
  for (const select of document.querySelectorAll("form.search select")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // A target in the side list scrolls the plan to its marked sentence.
  for (const link of document.querySelectorAll("a[data-mark]")) {
    link.addEventListener("click", () => {
      const target = document.getElementById(link.dataset.mark);
      const mark = target && target.closest("mark");
      if (mark) mark.animate([{ outline: "3px solid #0b6e4f" }, { outline: "0 solid transparent" }], 1500);
    });
  }
});
