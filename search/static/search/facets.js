// On a wide screen the CSS shows the filters beside the results whether their disclosure is
// open or not; keep it open there, so that its state (aria-expanded) tells the truth.
(() => {
  "use strict";
  const facets = document.querySelector(".search-facets");
  if (!facets) return;
  const wide = window.matchMedia("(min-width: 60em)");
  const sync = () => {
    if (wide.matches) facets.open = true;
  };
  facets.addEventListener("toggle", sync);
  wide.addEventListener("change", sync);
  sync();
})();
