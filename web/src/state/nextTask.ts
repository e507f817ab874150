/**
 * A macrotask turn: input and paint may run before what follows (a microtask would not let them). A
 * message to itself rather than setTimeout(0): timers nested this deep wait at least 4 ms each, idle
 * time that hundreds of turns (an import's slices, a roster sent to the worker in chunks) add up.
 */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === "undefined") return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
