/** <dv-copy data-text="…">: reveals its button and copies the text to the clipboard. */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.dataset['text'] ?? '');
        status.textContent = this.dataset['done'] ?? '';
      } catch {
        status.textContent = this.dataset['failed'] ?? '';
      }
    });
  }
}
if (!customElements.get('dv-copy')) customElements.define('dv-copy', CopyText);
