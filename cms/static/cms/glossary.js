// Glossary hints (cms/glossary.py). The term becomes a button that shows its explanation in
// place: on tap or click (until tapped again, Escape, or a tap elsewhere), and while the
// pointer is over it or it has focus. Escape hides it even then (WCAG 1.4.13). Without this
// script the term stays a link to the glossary, explained on hover and focus by CSS alone.
(() => {
  "use strict";
  const hints = [...document.querySelectorAll(".begrip")];

  const buttonOf = (hint) => hint.querySelector(".begrip__knop");
  const expand = (hint) => {
    for (const other of hints) if (other !== hint) collapse(other);
    buttonOf(hint).setAttribute("aria-expanded", "true");
    delete hint.dataset.dicht;
  };
  const collapse = (hint) => {
    const button = buttonOf(hint);
    if (!button) return;
    button.setAttribute("aria-expanded", "false");
    // Under the pointer or with focus the CSS would show it: data-dicht hides it until both go.
    if (hint.matches(":hover, :focus-within")) hint.dataset.dicht = "";
    if (hint.contains(document.activeElement)) button.focus();
  };
  const expanded = (hint) => buttonOf(hint)?.getAttribute("aria-expanded") === "true";

  for (const hint of hints) {
    const link = hint.querySelector(".begrip__link");
    const tip = hint.querySelector(".begrip__uitleg");
    if (!link || !tip) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "begrip__knop";
    button.textContent = link.textContent;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", tip.id);
    link.replaceWith(button);
    // The explanation now holds a link: a disclosure the button controls, not a tooltip.
    tip.removeAttribute("role");
    tip.querySelector(".begrip__meer")?.removeAttribute("hidden");

    button.addEventListener("click", () => (expanded(hint) ? collapse(hint) : expand(hint)));
    hint.addEventListener("mouseleave", () => {
      if (!hint.contains(document.activeElement)) delete hint.dataset.dicht;
    });
    hint.addEventListener("focusout", (event) => {
      if (hint.contains(event.relatedTarget)) return;
      buttonOf(hint).setAttribute("aria-expanded", "false");
      if (!hint.matches(":hover")) delete hint.dataset.dicht;
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const hint of hints) {
      if (expanded(hint) || hint.matches(":hover, :focus-within")) collapse(hint);
    }
  });
  // A tap elsewhere closes an open explanation (Safari does not focus a tapped button).
  document.addEventListener("click", (event) => {
    for (const hint of hints) if (expanded(hint) && !hint.contains(event.target)) collapse(hint);
  });
})();
