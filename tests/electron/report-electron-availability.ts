import { findElectronBinary } from './electron-binary';

/** Says once per run, in plain words, whether the Electron smoke test can run on this machine. */
export default function reportElectronAvailability(): void {
  const binary = findElectronBinary();
  console.log(
    binary
      ? `Electron binary found at ${binary}: the Electron smoke test will run.`
      : 'No Electron binary on this machine: the Electron smoke test will be SKIPPED (not passed). It runs wherever Electron can be installed.',
  );
}
