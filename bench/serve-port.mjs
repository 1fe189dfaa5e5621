// The port a `dossier serve` child process says it listens on (it prints 127.0.0.1:PORT).
export function listeningPort(child, timeoutMs) {
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no port within ${timeoutMs / 1000} s: ${output.slice(-300)}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      const m = /127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolvePromise(Number(m[1]));
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`dossier serve exited with ${code}: ${output.slice(-300)}`)),
    );
  });
}
