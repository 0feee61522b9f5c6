plansiteSearchLoaded("w/u0/ki",{
"kien":[0,-5,1,-6],
"kinh":[0,3,1,5]
});
