/**
 * A soft two-note chime made on the spot with the Web Audio API: no sound
 * files to ship and nothing fetched. The context is created on a click
 * (Start), because browsers only let a page make sound after a gesture.
 */
let context: AudioContext | null = null;

export function prepareAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null;
  }
}

export function playChime(): void {
  if (!context) return;
  const start = context.currentTime + 0.05;
  // A major third, sine waves, slow fade: noticeable without startling anyone.
  for (const [index, frequency] of [659.25, 523.25].entries()) {
    const t = start + index * 0.45;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(t);
    oscillator.stop(t + 1.7);
  }
}
