window.__messages = [];
window.addEventListener('message', function (e) {
  window.__messages.push(e.data);
});
