/* Loaded in <head> without defer, so the reader's saved text size and contrast apply before the first paint (no flash).
   It also marks the page as scripted (data-script on <html>), so the stylesheet shows the controls scripts wire up,
   the reading aids and the directory's filter, in the first paint rather than pushing the page down when the deferred
   scripts run. Kept tiny; the controls that change the choice are in app.js. */
(function () {
  var root = document.documentElement;
  root.setAttribute("data-script", "");
  try {
    var size = localStorage.getItem("weihai.text-size");
    var contrast = localStorage.getItem("weihai.contrast");
    if (size === "large" || size === "larger") root.setAttribute("data-text-size", size);
    if (contrast === "high") root.setAttribute("data-contrast", "high");
  } catch (e) { /* storage blocked: keep the defaults */ }
})();
