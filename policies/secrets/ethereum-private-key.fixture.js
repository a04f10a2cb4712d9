// ruleid: ethereum-private-key
const PRIVATE_KEY = "0x19b4475674cc8fd6e75d6de8c638f2d05edcaf32ffd5f656b6ebd5e85538e0fa";
// ok: ethereum-private-key
const PRIVATE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
// ok: ethereum-private-key
const TX_HASH = "0xc0d2070287f4fba983b66b85761e6311807dc12a835051cee64e02781e566120";
