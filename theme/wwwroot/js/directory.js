/* The member directory's instant filter. Without JavaScript the page is the full list grouped by category;
   with it, a text box and two selects narrow the cards, "N of 177" is announced, and the filter is kept in the
   address (?q=&category=&district=) so a filtered view can be shared. */
(function () {
  "use strict";
  var form = document.querySelector("[data-member-filter]");
  if (!form) return;
  var text = form.querySelector("[name=q]");
  var category = form.querySelector("[name=category]");
  var district = form.querySelector("[name=district]");
  var status = document.querySelector("[data-filter-status]");
  var empty = document.querySelector("[data-filter-empty]");
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-member]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-member-group]"));
  var index = cards.map(function (card) {
    return { card: card, text: normalise(card.getAttribute("data-search")), category: card.getAttribute("data-category"), district: card.getAttribute("data-district") || "" };
  });

  /* Case and width insensitive, so "WEIGAO", "weigao" and full-width letters all match. */
  function normalise(value) {
    return (value || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function apply() {
    var query = normalise(text.value);
    var shown = 0;
    index.forEach(function (entry) {
      var match = (!query || entry.text.indexOf(query) !== -1) &&
        (!category.value || entry.category === category.value) &&
        (!district.value || entry.district === district.value);
      entry.card.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("[data-member]:not([hidden])");
    });
    status.textContent = status.getAttribute("data-template").replace("{0}", shown).replace("{1}", index.length);
    empty.hidden = shown !== 0;
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (text.value.trim()) params.set("q", text.value.trim());
    if (category.value) params.set("category", category.value);
    if (district.value) params.set("district", district.value);
    var search = params.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
  }

  function readAddress() {
    var params = new URLSearchParams(location.search);
    text.value = params.get("q") || "";
    setSelect(category, params.get("category"));
    setSelect(district, params.get("district"));
  }

  function setSelect(select, value) {
    select.value = value && select.querySelector("option[value='" + CSS.escape(value) + "']") ? value : "";
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function () { apply(); writeAddress(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(); writeAddress(); }, 0); });
  readAddress();
  apply();
})();
