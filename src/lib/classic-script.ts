// Loads a classic script (not a module) from the site: the way the search reads its data files and the offline
// edition its runtime, since a page opened from disk may load scripts but not fetch files.
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}
