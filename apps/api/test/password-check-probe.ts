import { verifyPassword } from '../src/modules/auth/password.js';

/**
 * Wraps the real password check so a test can count checks and hold them at the gate: with checks
 * held, a test can tell exactly which requests got as far as a check before any of them finished.
 */
export class PasswordCheckProbe {
  private started = 0;
  private waiting = 0;
  private gate: { promise: Promise<void>; open: () => void } | undefined;

  /** The verifier to hand to the services. */
  readonly verify = async (passwordHash: string, password: string): Promise<boolean> => {
    this.started += 1;
    const gate = this.gate;
    if (gate) {
      this.waiting += 1;
      await gate.promise;
      this.waiting -= 1;
    }
    return verifyPassword(passwordHash, password);
  };

  /** How many checks have started since the test app began. */
  get count(): number {
    return this.started;
  }

  /** How many checks are held at the gate right now. */
  get held(): number {
    return this.waiting;
  }

  /** Lets every held check go on and holds no more. */
  open(): void {
    const gate = this.gate;
    this.gate = undefined;
    gate?.open();
  }

  /** Holds every check that starts from now on until the returned function is called. */
  hold(): () => void {
    let open = () => {};
    const promise = new Promise<void>((resolve) => (open = resolve));
    const gate = { promise, open };
    this.gate = gate;
    return () => {
      if (this.gate === gate) this.gate = undefined;
      gate.open();
    };
  }
}
