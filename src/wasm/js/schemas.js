// The validators' objects made in JS: the report of a body without issues, and the Standard Schema
// v1 objects. What crosses, in which form and why: README.md beside this file.

/** The report of a body without issues, a new object each time. */
export function cleanReport() {
  return { ok: true, issues: [] };
}

/**
 * One Standard Schema v1 object per name of the comma-separated `names` ("CreateVpnConnection" →
 * `createVpnConnectionSchema`); `check(index, value)` returns the issues as JSON text, or ""
 * when the value has no error.
 */
export function standardSchemas(names, check) {
  const all = {};
  names.split(",").forEach((name, index) => {
    const validate = (value) => {
      const issues = check(index, value);
      return issues === "" ? { value } : { issues: JSON.parse(issues) };
    };
    all[`${name[0].toLowerCase()}${name.slice(1)}Schema`] = { "~standard": { version: 1, vendor: "cloudvpn", validate } };
  });
  return all;
}

