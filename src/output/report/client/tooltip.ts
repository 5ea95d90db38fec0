/** Page script, part: Tooltips on hover and keyboard focus; the side list lights up an entity's mentions. */
export const TOOLTIP = String.raw`  // ---- tooltip: hover or focus a mention ------------------------------------
  var tip = $('tooltip');
  var tipFor = null;
  function showTip(span) {
    if (!state.current) return;
    var e = state.current.entities[Number(span.getAttribute('data-e'))];
    tip.textContent = '';
    var dl = el('dl');
    e.rows.forEach(function (row) { dl.appendChild(el('dt', null, row[0])); dl.appendChild(el('dd', null, row[1])); });
    tip.appendChild(dl);
    tip.hidden = false;
    var r = span.getClientRects()[0] || span.getBoundingClientRect();
    var maxLeft = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(window.scrollX + r.left, maxLeft)) + 'px';
    // below the mention, or above it when the window has no room below
    var below = r.bottom + 6 + tip.offsetHeight <= document.documentElement.clientHeight;
    tip.style.top = (window.scrollY + (below ? r.bottom + 6 : r.top - 6 - tip.offsetHeight)) + 'px';
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    span.setAttribute('aria-describedby', 'tooltip');
    tipFor = span;
  }
  function hideTip() {
    tip.hidden = true;
    if (tipFor) tipFor.removeAttribute('aria-describedby');
    tipFor = null;
  }
  function mentionAt(node) { return node && node.closest ? node.closest('#article-text .m') : null; }
  var article = $('article');
  article.addEventListener('mouseover', function (ev) { var m = mentionAt(ev.target); if (m && m !== tipFor) showTip(m); });
  article.addEventListener('mouseout', function (ev) { if (mentionAt(ev.target) && !mentionAt(ev.relatedTarget)) hideTip(); });
  article.addEventListener('focusin', function (ev) { var m = mentionAt(ev.target); if (m) showTip(m); });
  article.addEventListener('focusout', function (ev) { if (mentionAt(ev.target)) hideTip(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') hideTip(); });

  // side list: point at an entity to light up its mentions; click to go to the first one
  function light(ev, on) {
    var b = ev.target.closest && ev.target.closest('.entities button');
    if (!b) return;
    var spans = document.querySelectorAll('#article-text .m[data-e="' + b.getAttribute('data-e') + '"]');
    for (var i = 0; i < spans.length; i++) spans[i].classList.toggle('lit', on);
  }
  article.addEventListener('mouseover', function (ev) { light(ev, true); });
  article.addEventListener('mouseout', function (ev) { light(ev, false); });
  article.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('.entities button');
    var first = b && document.querySelector('#article-text .m[data-e="' + b.getAttribute('data-e') + '"]');
    if (first) { first.scrollIntoView({ block: 'center' }); first.focus(); }
  });
`;
