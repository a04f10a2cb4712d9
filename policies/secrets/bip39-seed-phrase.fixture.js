// ruleid: bip39-seed-phrase
const MNEMONIC = "thunder saddle maple walnut harbor frozen candle rocket saddle hammer jungle silent";
// ruleid: bip39-seed-phrase
wallet = Wallet.fromMnemonic(seed_phrase = 'violin thunder rocket candle harbor island blossom tiger copper canyon thunder frozen thunder blossom velvet harbor island frozen silent island canyon pencil velvet island')
// ok: bip39-seed-phrase
const mnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
// ok: bip39-seed-phrase
const mnemonic2 = "violin maple meadow rocket pencil blossom ribbon walnut candle copper silent";
// ok: bip39-seed-phrase
const mnemonic3 = "maple candle island candle blossom harbor blossom maple lunar thunder jungle frozen silent";
// ok: bip39-seed-phrase
const recovery_phrase = process.env.RECOVERY_PHRASE;
