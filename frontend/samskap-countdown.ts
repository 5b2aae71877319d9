/*
 * <samskap-countdown remaining-ms="90000">: counts down to zero in the browser, so a running
 * voting round costs no server push per second. The server sends the time left, not a clock
 * time, so a wrong clock on the participant's machine does not matter.
 */
class SamskapCountdown extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['remaining-ms'];
  }

  private endsAt = 0;
  private timer?: number;

  connectedCallback(): void {
    this.setAttribute('role', 'timer');
    this.tick();
    this.timer = window.setInterval(() => this.tick(), 250);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }

  attributeChangedCallback(): void {
    const remaining = Number(this.getAttribute('remaining-ms') ?? '0');
    this.endsAt = Date.now() + (Number.isFinite(remaining) ? Math.max(0, remaining) : 0);
    this.tick();
  }

  private tick(): void {
    const left = Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
    const text = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    if (this.textContent !== text) {
      this.textContent = text;
    }
    this.dataset.left = String(left);
  }
}

if (!customElements.get('samskap-countdown')) {
  customElements.define('samskap-countdown', SamskapCountdown);
}
