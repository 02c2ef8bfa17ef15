// The DOM matchers (toHaveFocus, toHaveAccessibleDescription...) the tests' setup file installs.
import '@testing-library/jest-dom/vitest';
