/**
 * Inside an embed route: tell the parent page how tall the widget is, now and whenever its size
 * changes (fonts, images, a chart drawing, a narrower iframe). The parent's /nhung/nhung.js
 * checks who sent it and clamps it. Nothing happens when the page is not framed.
 */
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'dan-van:embed-height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  post();
}
