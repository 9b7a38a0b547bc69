import { Button, CopyButton, Group, TextInput, Tooltip } from '@mantine/core';

/** A secret or link shown once: read-only, selectable, with a copy button. */
export function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        // An explicit line height: with Mantine's (the input's full height) some monospace fonts lose
        // their underscores, which tokens and links are full of.
        styles={{
          input: {
            fontFamily: 'var(--mantine-font-family-monospace)',
            lineHeight: '20px',
            height: 'auto',
            minHeight: 36,
            paddingTop: 7,
            paddingBottom: 7,
          },
        }}
        style={{ flex: 1 }}
      />
      <CopyButton value={value} timeout={2500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied to the clipboard' : 'Copy to the clipboard'}>
            <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} onClick={copy} w={110}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
