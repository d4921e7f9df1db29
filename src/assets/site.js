// Broadside's only script. Everything it does is an extra: without it every page
// reads, links and submits. It uses localStorage only, and no request leaves the page.
(function () {
  "use strict";
  var DISMISSED_PREFIX = "broadside:dismissed:";
  var SNOOZE_KEY = "broadside:support-snoozed-until";
  var DAY_MS = 24 * 60 * 60 * 1000;

  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem("broadside:probe", "1");
    storage.removeItem("broadside:probe");
  } catch (e) {
    storage = null; // Nothing can be remembered, so offer nothing that needs remembering.
  }

  function markHidden(token) {
    var root = document.documentElement;
    var current = (root.getAttribute("data-hidden") || "").split(" ").filter(Boolean);
    if (current.indexOf(token) === -1) current.push(token);
    root.setAttribute("data-hidden", current.join(" "));
  }

  // Notices: show the × and remember a dismissal.
  if (storage) document.querySelectorAll("[data-dismiss]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-dismiss");
      storage.setItem(DISMISSED_PREFIX + id, "1");
      markHidden("notice:" + id);
    });
  });

  // Support prompt: "Remind me later" snoozes it on every page for the configured days.
  document.querySelectorAll(".support-us").forEach(function (prompt) {
    var later = prompt.querySelector(".support-us__later");
    var button = prompt.querySelector("[data-remind-later]");
    if (storage && later && button && document.body.classList.contains("page-article")) {
      later.hidden = false;
      button.addEventListener("click", function () {
        var days = Number(prompt.getAttribute("data-remind-days")) || 7;
        storage.setItem(SNOOZE_KEY, String(Date.now() + days * DAY_MS));
        markHidden("support-us");
      });
    }
    // Send only the amount of the chosen frequency: ?frequency=annual&amount_annual=100
    var form = prompt.querySelector("form");
    if (form) {
      // Coming back with the Back button restores the page as it was left: re-enable.
      window.addEventListener("pageshow", function () {
        form.querySelectorAll("input").forEach(function (input) { input.disabled = false; });
      });
      form.addEventListener("submit", function () {
        var chosen = form.querySelector('input[name="frequency"]:checked');
        form.querySelectorAll(".support-form__amounts").forEach(function (group) {
          var keep = chosen && group.getAttribute("data-frequency") === chosen.value;
          group.querySelectorAll("input").forEach(function (input) { input.disabled = !keep; });
        });
      });
    }
  });

  // Search: runs Pagefind in the page; the form works on its own as ?q=.
  var searchForm = document.querySelector("form[data-search-index]");
  if (searchForm) {
    // Hidden until now: without a script the page offers the archive and topics instead of a form that cannot search.
    searchForm.hidden = false;
    var input = searchForm.querySelector('input[name="q"]');
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var indexUrl = searchForm.getAttribute("data-search-index");
    // Where the site is served (`/`, or a mirror's path): the index's URLs are from there, whichever edition it is.
    var prefix = searchForm.getAttribute("data-search-base") || "/";
    // A large archive's index comes in parts of whole months: [{ path, months }], newest first.
    var parts = JSON.parse(searchForm.getAttribute("data-search-parts") || "[]");
    var engine = null;

    var show = function (text) { status.textContent = text; };
    // The edition's words for what the search says (its labels.json); the count's plural form by the page's language.
    var said = JSON.parse(searchForm.getAttribute("data-search-labels") || "{}");
    var plurals = new Intl.PluralRules(document.documentElement.lang || "en");
    var fill = function (template, values) {
      return String(template || "").replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
    };
    var foundText = function (count, query) {
      var forms = said.found || {};
      return fill(forms[plurals.select(count)] || forms.other, { count: count.toLocaleString(document.documentElement.lang || "en"), query: query });
    };
    var load = function () {
      if (!engine) {
        engine = import(indexUrl).then(function (pagefind) {
          return pagefind.options({ baseUrl: prefix }).then(function () {
            return Promise.all(parts.slice(1).map(function (part) { return pagefind.mergeIndex(part.path, { baseUrl: prefix }); }));
          }).then(function () { return pagefind; });
        });
      }
      return engine;
    };
    // A part that lacks a word of the query answers with shorter words instead
    // ("then" finds "the"), so with a split index each word is first looked up
    // exactly, and the search kept to the months of the parts that hold every word.
    // Resolves to those months, or null when every part may answer.
    var monthsOf = function (someParts) {
      return someParts.reduce(function (months, part) { return months.concat(part.months); }, []);
    };
    var monthsToSearch = function (pagefind, query) {
      var words = query.replace(/"/g, " ").split(/\s+/).filter(Boolean);
      if (parts.length < 2 || words.length === 0) return Promise.resolve(null);
      // Filtering on every month makes each answer count its pages by month.
      var every = { filters: { month: { any: monthsOf(parts) } } };
      return Promise.all(words.map(function (word) { return pagefind.search('"' + word + '"', every); })).then(function (lookups) {
        var kept = parts.filter(function (part) {
          return lookups.every(function (found) {
            var byMonth = (found.filters && found.filters.month) || {};
            // A word found nowhere exactly (part of a word, a typo) leaves the choice to Pagefind.
            return found.results.length === 0 || part.months.some(function (month) { return byMonth[month] > 0; });
          });
        });
        if (kept.length === parts.length) return null;
        return monthsOf(kept);
      });
    };
    var search = function (pagefind, query) {
      return monthsToSearch(pagefind, query).then(function (months) {
        if (!months) return pagefind.search(query);
        if (months.length === 0) return { results: [] };
        return pagefind.search(query, { filters: { month: { any: months } } });
      });
    };
    var run = function (query) {
      list.textContent = "";
      if (!query) { show(""); return; }
      show(said.searching);
      load().then(function (pagefind) {
        return search(pagefind, query);
      }).then(function (found) {
        return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (pages) {
          show(found.results.length === 0 ? fill(said.none, { query: query }) : foundText(found.results.length, query));
          pages.forEach(function (result) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = result.url;
            link.textContent = (result.meta && result.meta.title) || result.url;
            // The topic and the date, as lists show them above and below a headline.
            var about = document.createElement("p");
            about.className = "search-results__meta";
            about.textContent = [result.meta && result.meta.kicker, result.meta && result.meta.date].filter(Boolean).join(" · ");
            var excerpt = document.createElement("p");
            // Pagefind's excerpt is escaped text with <mark> around the matches: keep only those.
            excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "");
            item.appendChild(link);
            if (about.textContent) item.appendChild(about);
            item.appendChild(excerpt);
            list.appendChild(item);
          });
        });
      }).catch(function () {
        show(said.unavailable);
      });
    };

    var initial = new URLSearchParams(window.location.search).get("q") || "";
    input.value = initial;
    run(initial);
    searchForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = input.value.trim();
      var url = new URL(window.location.href);
      url.searchParams.set("q", query);
      window.history.replaceState(null, "", url);
      run(query);
    });
  }
})();
