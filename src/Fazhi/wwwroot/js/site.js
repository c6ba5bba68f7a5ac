// Forms marked data-confirm ask in the page's dialog before they are sent (steps that end a case, imports).
document.addEventListener('submit', event => {
  const form = event.target;
  if (!form.dataset.confirm || form.dataset.confirmed === 'yes') return;
  event.preventDefault();
  const element = document.getElementById('confirm-dialog');
  document.getElementById('confirm-text').textContent = form.dataset.confirm;
  const dialog = tabler.Modal.getOrCreateInstance(element); // Tabler bundles Bootstrap's components
  document.getElementById('confirm-ok').onclick = () => {
    form.dataset.confirmed = 'yes';
    dialog.hide();
    form.requestSubmit(event.submitter);
  };
  dialog.show();
});
