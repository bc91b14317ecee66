// Makes the rest of the page inert while one element covers it (the full-screen map), so Tab and a
// screen reader stay in what is shown; live regions are left alone so announcements still speak.

/** Marks every element outside `el` inert (those not already inert); returns the undo. */
export function inertOutside(el: HTMLElement): () => void {
  const made: HTMLElement[] = [];
  for (let node: HTMLElement = el; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      if (sibling.matches('[aria-live], [role="status"], [role="alert"], script, style')) continue;
      sibling.inert = true;
      made.push(sibling);
    }
  }
  return () => {
    for (const s of made) s.inert = false;
  };
}
