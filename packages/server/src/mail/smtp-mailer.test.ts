import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, mailerFromEnv } from './smtp-mailer.ts';

interface Received {
  commands: string[];
  data: string;
}

// A minimal SMTP server standing in for the outside world: it accepts one message per connection.
function startFakeSmtpServer(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket) => {
    const session: Received = { commands: [], data: '' };
    let inData = false;
    let buffer = '';
    socket.setEncoding('utf8');
    socket.write('220 fake.example.com ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\r\n');
      while (end !== -1) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(session);
            socket.write('250 2.0.0 queued\r\n');
          } else {
            session.data += `${line}\n`;
          }
        } else {
          session.commands.push(line);
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO') socket.write('250-fake.example.com\r\n250 AUTH PLAIN LOGIN\r\n');
          else if (verb === 'AUTH') socket.write('235 2.7.0 accepted\r\n');
          else if (verb === 'DATA') {
            inData = true;
            socket.write('354 go ahead\r\n');
          } else if (verb === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
        end = buffer.indexOf('\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, port: (server.address() as AddressInfo).port, received });
    });
  });
}

let fake: Awaited<ReturnType<typeof startFakeSmtpServer>>;

beforeAll(async () => {
  fake = await startFakeSmtpServer();
});

afterAll(async () => {
  await new Promise((resolve) => fake.server.close(resolve));
});

describe('createSmtpMailer', () => {
  it('sends a plain-text message through the SMTP server of the URL, signing in with its credentials', async () => {
    const mailer = createSmtpMailer(`smtp://certa:s3cret@127.0.0.1:${fake.port}`, 'Certa <certa@example.com>');
    await mailer.send({
      to: 'invitee@example.com',
      subject: 'Invitation to join Acme Ltd in Certa',
      text: 'Open this link: https://certa.example.com/invitations/abc\n',
    });
    const [message] = fake.received;
    expect(message?.commands).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AUTH PLAIN /),
        'MAIL FROM:<certa@example.com>',
        'RCPT TO:<invitee@example.com>',
      ]),
    );
    expect(message?.data).toContain('Subject: Invitation to join Acme Ltd in Certa');
    expect(message?.data).toContain('To: invitee@example.com');
    expect(message?.data).toContain('https://certa.example.com/invitations/abc');
  });

  it('rejects when the server cannot be reached', async () => {
    const closed = await startFakeSmtpServer();
    await new Promise((resolve) => closed.server.close(resolve));
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${closed.port}`, 'certa@example.com');
    await expect(mailer.send({ to: 'a@example.com', subject: 's', text: 't' })).rejects.toThrow();
  });
});

describe('mailerFromEnv', () => {
  it('is off without CERTA_SMTP_URL', () => {
    expect(mailerFromEnv({})).toBeUndefined();
    expect(mailerFromEnv({ CERTA_SMTP_URL: '  ' })).toBeUndefined();
  });

  it('names the server without its credentials', () => {
    expect(mailerFromEnv({ CERTA_SMTP_URL: 'smtps://user:pass@mail.example.com:465' })?.server).toBe(
      'smtps://mail.example.com:465',
    );
  });

  it('refuses a URL that is not SMTP, with a clear message', () => {
    expect(() => mailerFromEnv({ CERTA_SMTP_URL: 'mail.example.com' })).toThrow('CERTA_SMTP_URL is not a URL');
    expect(() => mailerFromEnv({ CERTA_SMTP_URL: 'https://mail.example.com' })).toThrow(
      'CERTA_SMTP_URL must start with smtp:// or smtps://',
    );
  });
});
