/** The end-of-step signal: two soft notes made with WebAudio (no sound files), and a buzz where phones allow. */

export interface Chime {
  /** Call from a tap or key press: browsers allow sound only after one. */
  unlock(): void;
  play(): void;
}

export function createChime(): Chime {
  let context: AudioContext | null = null;
  const unlock = () => {
    try {
      context ??= new AudioContext();
      if (context.state === 'suspended') void context.resume().catch(() => {});
    } catch {
      context = null; // no WebAudio: the on-screen "Time is up" is the signal
    }
  };
  return {
    unlock,
    play() {
      unlock();
      if (!context) return;
      const start = context.currentTime + 0.05;
      [660, 880].forEach((frequency, i) => {
        const at = start + i * 0.45;
        const tone = context!.createOscillator();
        const volume = context!.createGain();
        tone.type = 'sine';
        tone.frequency.value = frequency;
        // A quick rise and a long fade: a bell-like note rather than a beep.
        volume.gain.setValueAtTime(0.0001, at);
        volume.gain.exponentialRampToValueAtTime(0.2, at + 0.03);
        volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
        tone.connect(volume).connect(context!.destination);
        tone.start(at);
        tone.stop(at + 1);
      });
    },
  };
}

/** A short double buzz, where the device can vibrate. */
export function vibrate(): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate([200, 100, 200]);
}
