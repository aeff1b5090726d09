import { Webhook } from 'standardwebhooks';
import { refusalOf } from '../../../shared/errors/refusal-of';
import { newWebhookSecret, signWebhook } from './webhook-signature';
import { checkWebhookUrl } from './webhook-url';

describe('a webhook URL', () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = before;
  });

  it('takes http and https outside production, normalised', () => {
    expect(checkWebhookUrl(' http://10.0.0.5:8080/sms ')).toBe('http://10.0.0.5:8080/sms');
    expect(checkWebhookUrl('https://SMS.example.com/hook?route=a')).toBe('https://sms.example.com/hook?route=a');
  });

  it('takes only https in production', () => {
    process.env.NODE_ENV = 'production';
    expect(refusalOf(() => checkWebhookUrl('http://sms.example.com/hook'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(checkWebhookUrl('https://sms.example.com/hook')).toBe('https://sms.example.com/hook');
  });

  it.each([
    ['', 'URL_REQUIRED'],
    ['ftp://sms.example.com/x', 'URL_SCHEME'],
    ['file:///etc/passwd', 'URL_SCHEME'],
    ['https://:pw@sms.example.com/', 'URL_CREDENTIALS'],
    ['https://user@sms.example.com/', 'URL_CREDENTIALS'],
    ['/relative/path', 'URL_INVALID'],
    [`https://sms.example.com/${'a'.repeat(500)}`, 'URL_TOO_LONG'],
  ])('refuses %j: %s', (url, reason) => {
    let refused: unknown;
    try {
      checkWebhookUrl(url);
    } catch (error) {
      refused = (error as { extensions?: unknown }).extensions;
    }
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason });
  });
});

describe('a webhook signature', () => {
  it('is what the standardwebhooks package verifies, and nothing else', () => {
    const secret = newWebhookSecret();
    const body = '{"type":"REPORT_FILED"}';
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'd-1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(secret, 'd-1', timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'REPORT_FILED' });
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'd-2' })).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});
