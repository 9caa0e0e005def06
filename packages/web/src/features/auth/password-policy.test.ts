import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordRuleStatus } from './password-policy';

describe('password policy', () => {
  it('asks for 10 characters, letters and digits, and not the user name', () => {
    expect(passwordProblem('Khanh2026', 'tiepnhan')).toBe('password.tooShort');
    expect(passwordProblem('chicochu-khong-so', 'tiepnhan')).toBe('password.tooWeak');
    expect(passwordProblem('2026202620', 'tiepnhan')).toBe('password.tooWeak');
    expect(passwordProblem('TiepNhan2026!', 'tiepnhan')).toBe('password.tooWeak');
    expect(passwordProblem('Mật khẩu mới 2026', 'tiepnhan')).toBeNull();
  });

  it('counts Vietnamese letters as letters', () => {
    expect(passwordRuleStatus('đườngphố12', 'admin').lettersAndDigits).toBe(true);
  });

  it('marks no rule met for an empty password', () => {
    expect(passwordRuleStatus('', 'admin')).toEqual({
      length: false,
      lettersAndDigits: false,
      notUsername: false,
    });
  });
});
