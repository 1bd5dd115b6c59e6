// Greetings in a few languages.
const GREETINGS = { en: 'Hello', fr: 'Bonjour', es: 'Hola', ja: 'こんにちは' };

export function greet(name, lang = 'en') {
  // TODO: fall back to English for an unknown language instead of printing "undefined".
  const word = GREETINGS[lang];
  return `${word}, ${name}!`;
}

export function languages() {
  return Object.keys(GREETINGS);
}
