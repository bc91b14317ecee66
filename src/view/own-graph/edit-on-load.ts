// "Edit a copy" and "New graph" load the page with the new graph: this note (for this tab only)
// opens the editor once that graph is shown.

const EDIT_KEY = 'career-path-explorer:edit-on-load';

export function editOnLoad(key: string): void {
  try {
    sessionStorage.setItem(EDIT_KEY, key);
  } catch {
    // No session storage: the person opens the editor with "Edit this graph".
  }
}

/** True once when the page was loaded to edit `key`. */
export function takeEditOnLoad(key: string): boolean {
  try {
    if (sessionStorage.getItem(EDIT_KEY) !== key) return false;
    sessionStorage.removeItem(EDIT_KEY);
    return true;
  } catch {
    return false;
  }
}
