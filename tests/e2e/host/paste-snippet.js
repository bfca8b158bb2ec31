// Pastes the embed code given in ?snippet= into the article, as an editor would in a CMS's
// HTML block: markup as is, scripts executed in place.
(function () {
  var code = new URLSearchParams(location.search).get('snippet') || '';
  var slot = document.getElementById('embed');
  var template = document.createElement('template');
  template.innerHTML = code;
  Array.prototype.forEach.call(template.content.childNodes, function (node) {
    if (node.nodeName === 'SCRIPT') {
      var script = document.createElement('script');
      script.textContent = node.textContent;
      slot.appendChild(script);
    } else {
      slot.appendChild(node.cloneNode(true));
    }
  });
})();
