/* Loaded in <head> without defer, so the reader's saved text size and contrast apply before the first paint (no flash).
   Kept tiny; the controls that change the choice are in app.js. */
(function () {
  try {
    var root = document.documentElement;
    var size = localStorage.getItem("weihai.text-size");
    var contrast = localStorage.getItem("weihai.contrast");
    if (size === "large" || size === "larger") root.setAttribute("data-text-size", size);
    if (contrast === "high") root.setAttribute("data-contrast", "high");
  } catch (e) { /* storage blocked: keep the defaults */ }
})();
