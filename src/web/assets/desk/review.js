// Review shortcuts: j/k move between figures, a accepts, r rejects; selecting words in the text
// fills the "add a figure by hand" form with them and their position. The forms work without it.
(() => {
  const cards = [...document.querySelectorAll('.claim-card')];
  let current = -1;
  const focus = (index) => {
    if (cards.length === 0) return;
    current = (index + cards.length) % cards.length;
    for (const el of document.querySelectorAll('.current')) el.classList.remove('current');
    const card = cards[current];
    card.classList.add('current');
    card.scrollIntoView({ block: 'nearest' });
    const mark = document.getElementById(`q-${card.dataset.claim}`);
    if (mark) {
      mark.classList.add('current');
      mark.scrollIntoView({ block: 'nearest' });
    }
  };
  const press = (value) => {
    if (current < 0) return;
    const button = cards[current].querySelector(`form.decide button[value="${value}"]`);
    if (button && !button.disabled) button.click();
  };
  document.addEventListener('keydown', (event) => {
    if (
      event.target.closest('input, textarea, select, [contenteditable]') ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey
    )
      return;
    if (event.key === 'j') focus(current + 1);
    else if (event.key === 'k') focus(current - 1);
    else if (event.key === 'a') press('accepted');
    else if (event.key === 'r') press('rejected');
    else return;
    event.preventDefault();
  });

  // The offset of a selection within the verbatim text, counted over its text nodes.
  const text = document.getElementById('source-text');
  const quote = document.getElementById('add-claim-quote');
  const start = document.getElementById('add-claim-start');
  if (!text || !quote || !start) return;
  text.addEventListener('mouseup', () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const words = range.toString();
    if (words.trim() === '') return;
    quote.value = words;
    start.value = String(before.toString().length);
    document.getElementById('add-min')?.focus();
  });
})();
