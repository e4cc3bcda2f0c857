/** Copy and "Nghe thử" buttons of /phat-thanh/; everything else on the desk works without JavaScript. */
export function startBroadcastDesk(): void {
  // Copy and listen buttons: shown only where the browser can do them (no clipboard / no Vietnamese voice → stay hidden).
  const textOf = (id: string) => document.getElementById(id)?.textContent ?? '';
  for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-broadcast-copy]')) {
    if (!navigator.clipboard) continue;
    btn.hidden = false;
    btn.addEventListener('click', async () => {
      const status = btn.parentElement?.querySelector<HTMLElement>('[role="status"]');
      try {
        await navigator.clipboard.writeText(textOf(btn.dataset.broadcastCopy!));
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = status.dataset.failed ?? '';
      }
    });
  }
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  const setupListen = () => {
    const voice = synth?.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi'));
    if (!synth || !voice) return;
    for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-broadcast-listen]')) {
      if (!btn.hidden) continue;
      const label = btn.textContent ?? '';
      btn.hidden = false;
      btn.addEventListener('click', () => {
        const speaking = btn.getAttribute('aria-pressed') === 'true';
        synth.cancel();
        document.querySelectorAll('[data-broadcast-listen]').forEach((b) => { b.setAttribute('aria-pressed', 'false'); b.textContent = label; });
        if (speaking) return;
        const u = new SpeechSynthesisUtterance(textOf(btn.dataset.broadcastListen!));
        u.voice = voice;
        u.lang = voice.lang;
        u.rate = 0.9;
        u.onend = () => { btn.setAttribute('aria-pressed', 'false'); btn.textContent = label; };
        btn.setAttribute('aria-pressed', 'true');
        btn.textContent = btn.dataset.stopLabel ?? label;
        synth.speak(u);
      });
    }
  };
  setupListen();
  synth?.addEventListener('voiceschanged', setupListen);
}
