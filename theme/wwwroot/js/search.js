/* The search page. Pagefind's script loads the index of the page's language (from <html lang>) the first time
   someone searches; results list each page's title and an excerpt with the matched words marked. The form is a
   plain GET form, so the query and the section chosen stay in the address (?q=&section=, a Pagefind filter every
   page carries) and a search can be shared; without JavaScript the page
   explains that search needs it and links to the site map. */
(function () {
  "use strict";
  var form = document.querySelector("[data-search]");
  if (!form) return;
  var input = form.querySelector("[name=q]");
  var section = form.querySelector("[name=section]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var unavailable = document.querySelector("[data-search-unavailable]");
  var pagefind = null;
  var latest = 0;
  var shownAtMost = 50;
  var timer = 0;

  document.querySelector("[data-search-needs-script]").hidden = true;

  function text(name, value, second) {
    return form.getAttribute("data-text-" + name).replace("{0}", value).replace("{1}", second);
  }

  function countText(total) {
    if (total === 1) return text("one", "");
    return total > shownAtMost ? text("first", total, shownAtMost) : text("many", total);
  }

  /* The query in shorter pieces, for a second try when it finds nothing as a whole ("学院们", "威高x集团"): split where
     Chinese meets other letters, and each Chinese run of three or more characters into its overlapping pairs; a
     single Latin letter or digit is dropped (it matches the start of too many words). Measured, Pagefind wants a
     page to have every word of a query it knows, so each piece is searched alone and the pages of all are shown,
     best first. None (or the query itself) means there is nothing shorter to try. */
  function pieces(query) {
    var words = [];
    query.split(/\s+/).forEach(function (word) {
      (word.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) || []).forEach(function (run) {
        if (/^[\u3400-\u9fff\uf900-\ufaff]{3,}$/.test(run)) {
          for (var i = 0; i + 2 <= run.length; i++) words.push(run.slice(i, i + 2));
        } else if (run.length > 1 || /[\u3400-\u9fff\uf900-\ufaff]/.test(run)) {
          words.push(run);
        }
      });
    });
    return words.length === 1 && words[0] === query ? [] : words;
  }

  /* The pages any of the pieces finds, each once with its best score, best first. */
  function searchPieces(module, words, options) {
    return Promise.all(words.map(function (word) { return module.search(word, options); })).then(function (searches) {
      var best = {};
      searches.forEach(function (search) {
        search.results.forEach(function (result) {
          if (!best[result.id] || best[result.id].score < result.score) best[result.id] = result;
        });
      });
      var results = Object.keys(best).map(function (id) { return best[id]; });
      results.sort(function (a, b) { return b.score - a.score; });
      return { results: results };
    });
  }

  function load() {
    if (!pagefind) {
      pagefind = import(form.getAttribute("data-bundle")).then(function (module) {
        return module.options({ baseUrl: form.getAttribute("data-base-url"), excerptLength: 40 }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  /* Pagefind's excerpt is escaped page text with <mark> around the matches: keep only text and those marks. */
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var fragment = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        fragment.appendChild(document.createTextNode(node.textContent));
      } else if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        fragment.appendChild(mark);
      }
    });
    return fragment;
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.meta && result.meta.title ? result.meta.title : result.url;
      heading.appendChild(link);
      var excerpt = document.createElement("p");
      excerpt.appendChild(excerptNodes(result.excerpt || ""));
      item.appendChild(heading);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    status.textContent = text("loading", "");
    load()
      .then(function (module) {
        var options = section.value ? { filters: { section: section.value } } : {};
        return module.search(query, options).then(function (search) {
          var words = pieces(query);
          if (search.results.length > 0 || words.length === 0) return { search: search, inPieces: false };
          return searchPieces(module, words, options).then(function (again) { return { search: again, inPieces: true }; });
        });
      })
      .then(function (outcome) {
        var total = outcome.search.results.length;
        return Promise.all(outcome.search.results.slice(0, shownAtMost).map(function (r) { return r.data(); }))
          .then(function (results) { return { total: total, results: results, inPieces: outcome.inPieces }; });
      })
      .then(function (found) {
        if (ticket !== latest) return; /* a newer query is already on its way */
        show(found.results);
        status.textContent = found.total === 0 ? text("none", query)
          : found.inPieces ? text("pieces", query, found.total) : countText(found.total);
      })
      .catch(function () {
        status.textContent = "";
        unavailable.hidden = false;
      });
  }

  function keepInAddress() {
    var query = input.value.trim();
    var parameters = new URLSearchParams();
    if (query) parameters.set("q", query);
    if (section.value) parameters.set("section", section.value);
    var search = parameters.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer); /* the query typed is searched now: no second search 250 ms later */
    keepInAddress();
    run();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { keepInAddress(); run(); }, 250);
  });

  section.addEventListener("change", function () {
    clearTimeout(timer);
    keepInAddress();
    run();
  });

  var address = new URLSearchParams(location.search);
  input.value = address.get("q") || "";
  /* Only a section the select offers: an unknown one in a shared address searches everything. */
  section.value = address.get("section") || "";
  if (section.selectedIndex < 0) section.value = "";
  if (input.value) run();
})();
