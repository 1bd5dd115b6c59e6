// The arithmetic the service offers.

export function add(a, b) {
  return a + b;
}

export function multiply(a, b) {
  // TODO: reject non-numbers; multiply('2', 3) happens to work, add('2', 3) returns '23'.
  return a * b;
}
