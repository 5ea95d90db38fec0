/** Page script, part: The article list: filter by path, 100 entries per page, counts per type. */
export const LIST = String.raw`  // ---- article list -------------------------------------------------------
  function listed() {
    var term = state.filter.toLowerCase();
    var out = [];
    for (var i = 0; i < index.length; i++) if (!term || index[i].path.toLowerCase().indexOf(term) !== -1) out.push(i);
    return out;
  }
  function renderList() {
    var items = listed();
    var pages = Math.max(1, Math.ceil(items.length / LIST_PAGE));
    state.listPage = Math.min(Math.max(0, state.listPage), pages - 1);
    var list = $('article-list');
    list.textContent = '';
    items.slice(state.listPage * LIST_PAGE, (state.listPage + 1) * LIST_PAGE).forEach(function (i) {
      var a = index[i];
      var link = el('a');
      link.href = '#article-' + i;
      link.appendChild(el('span', 'path', a.path));
      if (i === state.article) link.setAttribute('aria-current', 'true');
      if (a.error) link.appendChild(el('span', 'error', ' ' + a.error.code));
      else {
        var counts = el('span', 'counts');
        a.counts.forEach(function (n, t) {
          if (!n) return;
          var c = el('span', 'count t-' + TYPES[t], n);
          c.title = n + ' ' + TYPE_NAMES[t];
          counts.appendChild(c);
        });
        if (a.totals) counts.appendChild(el('span', 'note', a.totals));
        link.appendChild(counts);
      }
      var li = el('li');
      li.appendChild(link);
      list.appendChild(li);
    });
    pager($('list-pager'), state.listPage, pages, items.length + ' of ' + index.length + ' inputs', function (p) { state.listPage = p; renderList(); });
  }
  $('filter').addEventListener('input', function (ev) { state.filter = ev.target.value; state.listPage = 0; renderList(); });
`;
