// Browser journeys walk many pages by keyboard with axe on each: minutes, not seconds, on a busy 2-core machine.
jest.setTimeout(120_000);
