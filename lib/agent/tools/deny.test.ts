import { describe, expect, it } from 'vitest';
import { deniedReason } from './deny';

describe('deny-list: the obviously destructive is refused with a reason', () => {
  it.each([
    ['sudo rm -rf build', /root privileges/],
    ['ls && sudo apt-get install x', /root privileges/],
    ['/usr/bin/sudo ls', /root privileges/],
    ['echo $(sudo cat /etc/shadow)', /root privileges/],
    ['rm -rf /', /recursively deletes/],
    ['rm -fr /*', /recursively deletes/],
    ['rm -r -f ~', /recursively deletes/],
    ['rm -rf ~/', /recursively deletes/],
    ['rm --recursive --force $HOME', /recursively deletes/],
    ['cd src; rm -Rf --no-preserve-root /', /recursively deletes/],
    ['shutdown -h now', /shuts down/],
    ['reboot', /shuts down/],
    ['systemctl poweroff', /shuts down/],
    ['halt', /shuts down/],
    ['mkfs.ext4 /dev/sda1', /formats a disk/],
    ['dd if=/dev/zero of=/dev/sda bs=1M', /raw data to a device/],
    ['cat image > /dev/sda', /raw data to a device/],
    [':(){ :|:& };:', /fork bomb/],
    ['bomb() { bomb | bomb & }; bomb', /fork bomb/],
    ['chmod -R 777 /', /permissions or ownership/],
    ['chown -R me ~', /permissions or ownership/],
    ['kill -9 -1', /every process/],
    ['if true; then sudo ls; fi', /root privileges/],
    ['for i in 1; do sudo ls; done', /root privileges/],
    ['{ sudo ls; }', /root privileges/],
    ['! sudo ls', /root privileges/],
    ['echo x | xargs sudo rm', /root privileges/],
    ["bash -c 'sudo ls'", /root privileges/],
    ['sh -c "reboot"', /shuts down/],
    ['sh -c rm -rf /', /recursively deletes/],
    ['rm -rf ..', /recursively deletes/],
    ['rm -rf ../..', /recursively deletes/],
    ['rm -rf ../../', /recursively deletes/],
    ['rm -rf ../../*', /recursively deletes/],
    ['rm -rf ./..', /recursively deletes/],
    ['rm -rf ../.', /recursively deletes/],
    ['rm -rf ../..//', /recursively deletes/],
    ['rm -rf ../agent-run-*', /recursively deletes/],
    ['rm -rf ../workspace-copy', /recursively deletes outside the workspace/],
    ['rm -rf /tmp', /recursively deletes/],
    ['rm -rf /tmp/*', /recursively deletes/],
    ['rm -r /usr/', /recursively deletes/],
  ])('%s', (command, why) => {
    expect(deniedReason(command)).toMatch(why);
  });

  it.each([
    'ls -la',
    'rm -rf build dist',
    'rm -rf ./node_modules',
    'rm file.txt',
    'echo sudoku > puzzles.txt',
    'grep -rn TODO src',
    'dd if=/dev/zero of=blank.img bs=1k count=4',
    'echo hi 2>&1 > /dev/null',
    'chmod +x run.sh',
    'kill -9 1234',
    'node -e "console.log(1)"',
    'rm -rf build/../dist',
    'rm -rf /tmp/agent-run-abc/build',
    "bash -c 'npm test'",
    'if [ -f x ]; then cat x; fi',
    'find . -name "*.tmp" | xargs rm',
  ])('lets ordinary commands through: %s', (command) => {
    expect(deniedReason(command)).toBeNull();
  });
});
