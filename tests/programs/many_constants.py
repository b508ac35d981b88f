# Many distinct string constants and many functions: the generated Rust declares each
# constant in its own thread-local (one macro call with hundreds of items passed rustc's
# recursion limit). Found on pyperformance's regex_v8.
words = [
    "w0_α",
    "w1_β",
    "w2_γ",
    "w3_δ",
    "w4_ε",
    "w5_ζ",
    "w6_η",
    "w7_θ",
    "w8_ι",
    "w9_κ",
    "w10_λ",
    "w11_μ",
    "w12_ν",
    "w13_ξ",
    "w14_ο",
    "w15_π",
    "w16_ρ",
    "w17_ς",
    "w18_σ",
    "w19_τ",
    "w20_α",
    "w21_β",
    "w22_γ",
    "w23_δ",
    "w24_ε",
    "w25_ζ",
    "w26_η",
    "w27_θ",
    "w28_ι",
    "w29_κ",
    "w30_λ",
    "w31_μ",
    "w32_ν",
    "w33_ξ",
    "w34_ο",
    "w35_π",
    "w36_ρ",
    "w37_ς",
    "w38_σ",
    "w39_τ",
    "w40_α",
    "w41_β",
    "w42_γ",
    "w43_δ",
    "w44_ε",
    "w45_ζ",
    "w46_η",
    "w47_θ",
    "w48_ι",
    "w49_κ",
    "w50_λ",
    "w51_μ",
    "w52_ν",
    "w53_ξ",
    "w54_ο",
    "w55_π",
    "w56_ρ",
    "w57_ς",
    "w58_σ",
    "w59_τ",
    "w60_α",
    "w61_β",
    "w62_γ",
    "w63_δ",
    "w64_ε",
    "w65_ζ",
    "w66_η",
    "w67_θ",
    "w68_ι",
    "w69_κ",
    "w70_λ",
    "w71_μ",
    "w72_ν",
    "w73_ξ",
    "w74_ο",
    "w75_π",
    "w76_ρ",
    "w77_ς",
    "w78_σ",
    "w79_τ",
    "w80_α",
    "w81_β",
    "w82_γ",
    "w83_δ",
    "w84_ε",
    "w85_ζ",
    "w86_η",
    "w87_θ",
    "w88_ι",
    "w89_κ",
    "w90_λ",
    "w91_μ",
    "w92_ν",
    "w93_ξ",
    "w94_ο",
    "w95_π",
    "w96_ρ",
    "w97_ς",
    "w98_σ",
    "w99_τ",
    "w100_α",
    "w101_β",
    "w102_γ",
    "w103_δ",
    "w104_ε",
    "w105_ζ",
    "w106_η",
    "w107_θ",
    "w108_ι",
    "w109_κ",
    "w110_λ",
    "w111_μ",
    "w112_ν",
    "w113_ξ",
    "w114_ο",
    "w115_π",
    "w116_ρ",
    "w117_ς",
    "w118_σ",
    "w119_τ",
    "w120_α",
    "w121_β",
    "w122_γ",
    "w123_δ",
    "w124_ε",
    "w125_ζ",
    "w126_η",
    "w127_θ",
    "w128_ι",
    "w129_κ",
    "w130_λ",
    "w131_μ",
    "w132_ν",
    "w133_ξ",
    "w134_ο",
    "w135_π",
    "w136_ρ",
    "w137_ς",
    "w138_σ",
    "w139_τ",
    "w140_α",
    "w141_β",
    "w142_γ",
    "w143_δ",
    "w144_ε",
    "w145_ζ",
    "w146_η",
    "w147_θ",
    "w148_ι",
    "w149_κ",
    "w150_λ",
    "w151_μ",
    "w152_ν",
    "w153_ξ",
    "w154_ο",
    "w155_π",
    "w156_ρ",
    "w157_ς",
    "w158_σ",
    "w159_τ",
]
print(len(words), words[0], words[-1], sum(len(w) for w in words))
def f0(x):
    return x * 0 + len('k0')
def f1(x):
    return x * 1 + len('k1')
def f2(x):
    return x * 2 + len('k2')
def f3(x):
    return x * 3 + len('k3')
def f4(x):
    return x * 4 + len('k4')
def f5(x):
    return x * 5 + len('k5')
def f6(x):
    return x * 6 + len('k6')
def f7(x):
    return x * 7 + len('k7')
def f8(x):
    return x * 8 + len('k8')
def f9(x):
    return x * 9 + len('k9')
def f10(x):
    return x * 10 + len('k10')
def f11(x):
    return x * 11 + len('k11')
def f12(x):
    return x * 12 + len('k12')
def f13(x):
    return x * 13 + len('k13')
def f14(x):
    return x * 14 + len('k14')
def f15(x):
    return x * 15 + len('k15')
def f16(x):
    return x * 16 + len('k16')
def f17(x):
    return x * 17 + len('k17')
def f18(x):
    return x * 18 + len('k18')
def f19(x):
    return x * 19 + len('k19')
def f20(x):
    return x * 20 + len('k20')
def f21(x):
    return x * 21 + len('k21')
def f22(x):
    return x * 22 + len('k22')
def f23(x):
    return x * 23 + len('k23')
def f24(x):
    return x * 24 + len('k24')
def f25(x):
    return x * 25 + len('k25')
def f26(x):
    return x * 26 + len('k26')
def f27(x):
    return x * 27 + len('k27')
def f28(x):
    return x * 28 + len('k28')
def f29(x):
    return x * 29 + len('k29')
def f30(x):
    return x * 30 + len('k30')
def f31(x):
    return x * 31 + len('k31')
def f32(x):
    return x * 32 + len('k32')
def f33(x):
    return x * 33 + len('k33')
def f34(x):
    return x * 34 + len('k34')
def f35(x):
    return x * 35 + len('k35')
def f36(x):
    return x * 36 + len('k36')
def f37(x):
    return x * 37 + len('k37')
def f38(x):
    return x * 38 + len('k38')
def f39(x):
    return x * 39 + len('k39')
def f40(x):
    return x * 40 + len('k40')
def f41(x):
    return x * 41 + len('k41')
def f42(x):
    return x * 42 + len('k42')
def f43(x):
    return x * 43 + len('k43')
def f44(x):
    return x * 44 + len('k44')
def f45(x):
    return x * 45 + len('k45')
def f46(x):
    return x * 46 + len('k46')
def f47(x):
    return x * 47 + len('k47')
def f48(x):
    return x * 48 + len('k48')
def f49(x):
    return x * 49 + len('k49')
def f50(x):
    return x * 50 + len('k50')
def f51(x):
    return x * 51 + len('k51')
def f52(x):
    return x * 52 + len('k52')
def f53(x):
    return x * 53 + len('k53')
def f54(x):
    return x * 54 + len('k54')
def f55(x):
    return x * 55 + len('k55')
def f56(x):
    return x * 56 + len('k56')
def f57(x):
    return x * 57 + len('k57')
def f58(x):
    return x * 58 + len('k58')
def f59(x):
    return x * 59 + len('k59')
def f60(x):
    return x * 60 + len('k60')
def f61(x):
    return x * 61 + len('k61')
def f62(x):
    return x * 62 + len('k62')
def f63(x):
    return x * 63 + len('k63')
def f64(x):
    return x * 64 + len('k64')
def f65(x):
    return x * 65 + len('k65')
def f66(x):
    return x * 66 + len('k66')
def f67(x):
    return x * 67 + len('k67')
def f68(x):
    return x * 68 + len('k68')
def f69(x):
    return x * 69 + len('k69')
def f70(x):
    return x * 70 + len('k70')
def f71(x):
    return x * 71 + len('k71')
def f72(x):
    return x * 72 + len('k72')
def f73(x):
    return x * 73 + len('k73')
def f74(x):
    return x * 74 + len('k74')
def f75(x):
    return x * 75 + len('k75')
def f76(x):
    return x * 76 + len('k76')
def f77(x):
    return x * 77 + len('k77')
def f78(x):
    return x * 78 + len('k78')
def f79(x):
    return x * 79 + len('k79')
def f80(x):
    return x * 80 + len('k80')
def f81(x):
    return x * 81 + len('k81')
def f82(x):
    return x * 82 + len('k82')
def f83(x):
    return x * 83 + len('k83')
def f84(x):
    return x * 84 + len('k84')
def f85(x):
    return x * 85 + len('k85')
def f86(x):
    return x * 86 + len('k86')
def f87(x):
    return x * 87 + len('k87')
def f88(x):
    return x * 88 + len('k88')
def f89(x):
    return x * 89 + len('k89')
def f90(x):
    return x * 90 + len('k90')
def f91(x):
    return x * 91 + len('k91')
def f92(x):
    return x * 92 + len('k92')
def f93(x):
    return x * 93 + len('k93')
def f94(x):
    return x * 94 + len('k94')
def f95(x):
    return x * 95 + len('k95')
def f96(x):
    return x * 96 + len('k96')
def f97(x):
    return x * 97 + len('k97')
def f98(x):
    return x * 98 + len('k98')
def f99(x):
    return x * 99 + len('k99')
def f100(x):
    return x * 100 + len('k100')
def f101(x):
    return x * 101 + len('k101')
def f102(x):
    return x * 102 + len('k102')
def f103(x):
    return x * 103 + len('k103')
def f104(x):
    return x * 104 + len('k104')
def f105(x):
    return x * 105 + len('k105')
def f106(x):
    return x * 106 + len('k106')
def f107(x):
    return x * 107 + len('k107')
def f108(x):
    return x * 108 + len('k108')
def f109(x):
    return x * 109 + len('k109')
def f110(x):
    return x * 110 + len('k110')
def f111(x):
    return x * 111 + len('k111')
def f112(x):
    return x * 112 + len('k112')
def f113(x):
    return x * 113 + len('k113')
def f114(x):
    return x * 114 + len('k114')
def f115(x):
    return x * 115 + len('k115')
def f116(x):
    return x * 116 + len('k116')
def f117(x):
    return x * 117 + len('k117')
def f118(x):
    return x * 118 + len('k118')
def f119(x):
    return x * 119 + len('k119')
def f120(x):
    return x * 120 + len('k120')
def f121(x):
    return x * 121 + len('k121')
def f122(x):
    return x * 122 + len('k122')
def f123(x):
    return x * 123 + len('k123')
def f124(x):
    return x * 124 + len('k124')
def f125(x):
    return x * 125 + len('k125')
def f126(x):
    return x * 126 + len('k126')
def f127(x):
    return x * 127 + len('k127')
def f128(x):
    return x * 128 + len('k128')
def f129(x):
    return x * 129 + len('k129')
def f130(x):
    return x * 130 + len('k130')
def f131(x):
    return x * 131 + len('k131')
def f132(x):
    return x * 132 + len('k132')
def f133(x):
    return x * 133 + len('k133')
def f134(x):
    return x * 134 + len('k134')
def f135(x):
    return x * 135 + len('k135')
def f136(x):
    return x * 136 + len('k136')
def f137(x):
    return x * 137 + len('k137')
def f138(x):
    return x * 138 + len('k138')
def f139(x):
    return x * 139 + len('k139')
total = 0
for g in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37, f38, f39, f40, f41, f42, f43, f44, f45, f46, f47, f48, f49, f50, f51, f52, f53, f54, f55, f56, f57, f58, f59, f60, f61, f62, f63, f64, f65, f66, f67, f68, f69, f70, f71, f72, f73, f74, f75, f76, f77, f78, f79, f80, f81, f82, f83, f84, f85, f86, f87, f88, f89, f90, f91, f92, f93, f94, f95, f96, f97, f98, f99, f100, f101, f102, f103, f104, f105, f106, f107, f108, f109, f110, f111, f112, f113, f114, f115, f116, f117, f118, f119, f120, f121, f122, f123, f124, f125, f126, f127, f128, f129, f130, f131, f132, f133, f134, f135, f136, f137, f138, f139]:
    total += g(3)
print(total)
d = {'key0': -70, 'key1': -69, 'key2': -68, 'key3': -67, 'key4': -66, 'key5': -65, 'key6': -64, 'key7': -63, 'key8': -62, 'key9': -61, 'key10': -60, 'key11': -59, 'key12': -58, 'key13': -57, 'key14': -56, 'key15': -55, 'key16': -54, 'key17': -53, 'key18': -52, 'key19': -51, 'key20': -50, 'key21': -49, 'key22': -48, 'key23': -47, 'key24': -46, 'key25': -45, 'key26': -44, 'key27': -43, 'key28': -42, 'key29': -41, 'key30': -40, 'key31': -39, 'key32': -38, 'key33': -37, 'key34': -36, 'key35': -35, 'key36': -34, 'key37': -33, 'key38': -32, 'key39': -31, 'key40': -30, 'key41': -29, 'key42': -28, 'key43': -27, 'key44': -26, 'key45': -25, 'key46': -24, 'key47': -23, 'key48': -22, 'key49': -21, 'key50': -20, 'key51': -19, 'key52': -18, 'key53': -17, 'key54': -16, 'key55': -15, 'key56': -14, 'key57': -13, 'key58': -12, 'key59': -11, 'key60': -10, 'key61': -9, 'key62': -8, 'key63': -7, 'key64': -6, 'key65': -5, 'key66': -4, 'key67': -3, 'key68': -2, 'key69': -1, 'key70': 0, 'key71': 1, 'key72': 2, 'key73': 3, 'key74': 4, 'key75': 5, 'key76': 6, 'key77': 7, 'key78': 8, 'key79': 9, 'key80': 10, 'key81': 11, 'key82': 12, 'key83': 13, 'key84': 14, 'key85': 15, 'key86': 16, 'key87': 17, 'key88': 18, 'key89': 19, 'key90': 20, 'key91': 21, 'key92': 22, 'key93': 23, 'key94': 24, 'key95': 25, 'key96': 26, 'key97': 27, 'key98': 28, 'key99': 29, 'key100': 30, 'key101': 31, 'key102': 32, 'key103': 33, 'key104': 34, 'key105': 35, 'key106': 36, 'key107': 37, 'key108': 38, 'key109': 39, 'key110': 40, 'key111': 41, 'key112': 42, 'key113': 43, 'key114': 44, 'key115': 45, 'key116': 46, 'key117': 47, 'key118': 48, 'key119': 49, 'key120': 50, 'key121': 51, 'key122': 52, 'key123': 53, 'key124': 54, 'key125': 55, 'key126': 56, 'key127': 57, 'key128': 58, 'key129': 59, 'key130': 60, 'key131': 61, 'key132': 62, 'key133': 63, 'key134': 64, 'key135': 65, 'key136': 66, 'key137': 67, 'key138': 68, 'key139': 69}
print(sum(d.values()), min(d, key=d.get), max(d))
