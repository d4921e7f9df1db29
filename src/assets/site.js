// Broadside's only script. Everything it does is an extra: without it every page
// reads, links and submits. It uses localStorage only, and no request leaves the page.
(function () {
  "use strict";
  var DISMISSED_PREFIX = "broadside:dismissed:";
  var SNOOZE_KEY = "broadside:support-snoozed-until";
  var DAY_MS = 24 * 60 * 60 * 1000;

  var storage;
  try {
    storage = window.localStorage;
    storage.setItem("broadside:probe", "1");
    storage.removeItem("broadside:probe");
  } catch (e) {
    return; // Nothing can be remembered, so offer nothing that needs remembering.
  }

  function markHidden(token) {
    var root = document.documentElement;
    var current = (root.getAttribute("data-hidden") || "").split(" ").filter(Boolean);
    if (current.indexOf(token) === -1) current.push(token);
    root.setAttribute("data-hidden", current.join(" "));
  }

  // Notices: show the × and remember a dismissal.
  document.querySelectorAll("[data-dismiss]").forEach(function (button) {
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
    if (later && button && document.body.classList.contains("page-article")) {
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
    var input = searchForm.querySelector('input[name="q"]');
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var indexUrl = searchForm.getAttribute("data-search-index");
    var prefix = indexUrl.replace(/pagefind\/pagefind\.js$/, "");
    // Older years' parts of the index, when the archive is large enough to be split.
    var parts = (searchForm.getAttribute("data-search-merge") || "").split(" ").filter(Boolean);
    var engine = null;

    var show = function (text) { status.textContent = text; };
    var load = function () {
      if (!engine) {
        engine = import(indexUrl).then(function (pagefind) {
          return pagefind.options({ baseUrl: prefix }).then(function () {
            return Promise.all(parts.map(function (part) { return pagefind.mergeIndex(part, { baseUrl: prefix }); }));
          }).then(function () { return pagefind; });
        });
      }
      return engine;
    };
    var run = function (query) {
      list.textContent = "";
      if (!query) { show(""); return; }
      show("Searching…");
      load().then(function (pagefind) {
        return pagefind.search(query);
      }).then(function (search) {
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (pages) {
          show(search.results.length === 0 ? "No articles match “" + query + "”." :
            search.results.length + (search.results.length === 1 ? " article" : " articles") + " match “" + query + "”.");
          pages.forEach(function (result) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = result.url;
            link.textContent = (result.meta && result.meta.title) || result.url;
            var excerpt = document.createElement("p");
            // Pagefind's excerpt is escaped text with <mark> around the matches: keep only those.
            excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "");
            item.appendChild(link);
            item.appendChild(excerpt);
            list.appendChild(item);
          });
        });
      }).catch(function () {
        show("Search is not available right now. Browse the archive or the topics instead.");
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
