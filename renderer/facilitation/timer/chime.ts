/**
 * The chime at the end of a timebox: assets/public/chime.wav, made by scripts/make-chime.mjs.
 * One audio element is reused; a browser that blocks sound before the first click only loses the
 * sound, never the visual signal.
 */
let audio: HTMLAudioElement | null = null;

export function playChime(): void {
  audio ??= new Audio('./chime.wav');
  audio.currentTime = 0;
  audio.play().catch(() => undefined);
}
