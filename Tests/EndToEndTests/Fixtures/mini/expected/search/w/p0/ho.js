plansiteSearchLoaded("w/p0/ho",{
"ho":[0,-2],
"hoach":[0,-20,0,-21],
"hoat":[0,-17],
"hoi":[0,21,0,22,0,25,0,26],
"hop":[0,22,0,26]
});
