// Forms marked data-confirm ask in the page's dialog before they are sent (steps that end a case, imports); a
// button so marked asks before its own action only (delete beside save).
document.addEventListener('submit', event => {
  const form = event.target;
  const question = event.submitter?.dataset.confirm || form.dataset.confirm;
  if (!question || form.dataset.confirmed === 'yes') return;
  event.preventDefault();
  const element = document.getElementById('confirm-dialog');
  document.getElementById('confirm-text').textContent = question;
  const dialog = tabler.Modal.getOrCreateInstance(element); // Tabler bundles Bootstrap's components
  document.getElementById('confirm-ok').onclick = () => {
    form.dataset.confirmed = 'yes';
    dialog.hide();
    form.requestSubmit(event.submitter);
  };
  dialog.show();
});
