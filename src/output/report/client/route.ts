/** Page script, part: Views by URL hash: #corpus, #article-N, #article-N/M (mention M focused). */
export const ROUTE = String.raw`  // ---- views: #corpus, #article-N (default: the first article) ---------------
  function route() {
    var corpusView = location.hash === '#corpus';
    $('view-articles').hidden = corpusView;
    $('view-corpus').hidden = !corpusView;
    $('tab-articles').setAttribute('aria-current', corpusView ? 'false' : 'page');
    $('tab-corpus').setAttribute('aria-current', corpusView ? 'page' : 'false');
    hideTip();
    if (corpusView) {
      if (!state.corpusDrawn) { renderTops(); renderFigures(); state.corpusDrawn = true; }
      return;
    }
    // #article-N opens article N; #article-N/M also goes to its mention M
    var match = /^#article-(\d+)(?:\/(\d+))?$/.exec(location.hash);
    var i = match && Number(match[1]) < index.length ? Number(match[1]) : state.article >= 0 ? state.article : 0;
    if (i !== state.article || !$('article').firstChild) {
      renderArticle(i);
      var at = listed().indexOf(i);
      if (at >= 0) state.listPage = Math.floor(at / LIST_PAGE);
    }
    renderList();
    var mention = match && match[2] ? document.querySelector('#article-text .m[data-m="' + match[2] + '"]') : null;
    if (mention) { mention.scrollIntoView({ block: 'center' }); mention.focus(); }
  }
  window.addEventListener('hashchange', route);
  route();
`;
