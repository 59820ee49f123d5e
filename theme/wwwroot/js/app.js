/* Enhancements for every page. The site works without this file; it only reveals and wires the reading aids
   (larger text in two steps, high contrast), which persist across pages and visits in localStorage. */
(function () {
  "use strict";
  var root = document.documentElement;

  function save(key, value) {
    try {
      if (value) localStorage.setItem(key, value); else localStorage.removeItem(key);
    } catch (e) { /* storage blocked: the choice lasts for this page only */ }
  }

  function showPressed(tools) {
    var size = root.getAttribute("data-text-size") || "";
    var contrast = root.getAttribute("data-contrast") || "";
    tools.querySelectorAll("[data-text-size-choice]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size-choice") === size));
    });
    tools.querySelectorAll("[data-contrast-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(contrast === "high"));
    });
  }

  var tools = document.querySelector("[data-reading-tools]");
  if (!tools) return;
  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-text-size-choice")) {
      var size = button.getAttribute("data-text-size-choice");
      if (size) root.setAttribute("data-text-size", size); else root.removeAttribute("data-text-size");
      save("weihai.text-size", size);
    } else if (button.hasAttribute("data-contrast-toggle")) {
      var high = root.getAttribute("data-contrast") !== "high";
      if (high) root.setAttribute("data-contrast", "high"); else root.removeAttribute("data-contrast");
      save("weihai.contrast", high ? "high" : "");
    }
    showPressed(tools);
  });
  showPressed(tools);
})();
