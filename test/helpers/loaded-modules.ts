/** How a bundle loads a module; the specifier is in group 2. */
const LOADS = {
  /** require("…") */
  require: /\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g,
  /** import("…") */
  dynamicImport: /\bimport\s*\(\s*(['"`])([^'"`]+)\1/g,
  /** import … from "…", import "…", export … from "…" (not the word in a string such as "dataset:import") */
  staticImport: /(?<![\w$.:'"`/-])(?:import|export)\b\s*(?:[^;'"`()]*?\sfrom\s*)?(['"])([^'"]+)\1/g,
};

/**
 * The modules a built bundle loads, read from its text by the given forms (all of them unless
 * told). Text that only looks like a load (a comment, a string) counts too, so a check built on
 * this errs on the strict side; a CommonJS bundle is best read for `require` alone.
 */
export function loadedModules(
  code: string,
  forms: (keyof typeof LOADS)[] = ['require', 'dynamicImport', 'staticImport'],
): Set<string> {
  return new Set(forms.flatMap((form) => [...code.matchAll(LOADS[form])].map((m) => m[2])));
}
