plansiteSearchLoaded("w/p0/di",{
"dich":[0,-13,0,-14],
"dinh":[0,-6,0,-11,0,11]
});
