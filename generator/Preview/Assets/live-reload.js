// Preview only (never in the built site): reloads this tab when the site has been rebuilt, and shows the content's
// problems over the page while the last build failed. The server adds this script to every page it serves.
(() => {
  'use strict';
  const script = document.currentScript;
  const shownVersion = Number(script.dataset.version);
  const overlayId = 'preview-problems';

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const hide = () => {
    const overlay = document.getElementById(overlayId);
    if (overlay) overlay.remove();
    document.documentElement.classList.remove('preview-has-problems');
  };

  const show = (problems) => {
    hide();
    const overlay = element('section', 'preview-problems');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', overlayId + '-title');
    const title = element('h2', 'preview-problems__title',
      `内容有 ${problems.length} 处问题，网站没有更新 · ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content: the site was not rebuilt`);
    title.id = overlayId + '-title';
    title.tabIndex = -1;
    overlay.append(title,
      element('p', 'preview-problems__help', '改好文件并保存，本页会自动更新。 · Fix the file and save it: this page updates by itself.'));
    const list = element('ol', 'preview-problems__list');
    for (const problem of problems) {
      const item = element('li', 'preview-problems__item');
      item.lang = problem.lang;
      if (problem.location) item.append(element('code', 'preview-problems__location', problem.location), ' ');
      item.append(element('strong', 'preview-problems__severity', problem.severity), ' ',
        element('span', 'preview-problems__message', problem.message));
      if (problem.hint) item.append(element('span', 'preview-problems__hint', problem.hint));
      list.append(item);
    }
    overlay.append(list);
    document.body.append(overlay);
    document.documentElement.classList.add('preview-has-problems');
    title.focus();
  };

  const events = new EventSource(script.dataset.events);
  events.addEventListener('message', (event) => {
    const state = JSON.parse(event.data);
    if (state.problems.length > 0) show(state.problems);
    else if (state.version !== shownVersion) location.reload();
    else hide();
  });
})();
