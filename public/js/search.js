// The search page: Pagefind's default UI. Result links carry the site's path prefix (data-base),
// and a query from the header search box (?q=…) is run at once.
(function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({ element: "#search", baseUrl: root.getAttribute("data-base") || "/", showSubResults: false, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
